/**
 * <decision-tool>: enhances the server-rendered tree (every node a section, every option a link)
 * into one question at a time with Back, Start again, "Your answers" with Change, focus moved to
 * each new heading and the change announced. State is the answers, replayed through the engine's
 * resolveStep (the same code the build uses). Answers never leave the page: answering replaces
 * the history entry (it never adds one) and leaves no answers in the address; they go in the
 * fragment, which browsers never send to a server, only when the reader asks for a link and the
 * clipboard cannot take it.
 */
import { decodeAnswers, encodeAnswers, resolveStep } from '../engine/resolve.ts';
import type { TreeRoutes } from '../engine/types.ts';

class DecisionTool extends HTMLElement {
  private routes!: TreeRoutes;
  private answers: Record<string, string> = {};
  private live!: HTMLElement;
  private summary!: HTMLElement;
  private toolbar!: HTMLElement;
  private backButton!: HTMLButtonElement;
  private restartButton!: HTMLButtonElement;

  connectedCallback(): void {
    const data = this.querySelector('script[data-routes]');
    if (!data?.textContent || this.dataset.enhanced) return;
    this.routes = JSON.parse(data.textContent) as TreeRoutes;
    this.dataset.enhanced = 'true';
    this.buildChrome();
    this.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('hashchange', () => this.fromHash(true));
    this.fromHash(false);
  }

  private buildChrome(): void {
    this.live = el('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.toolbar = el('div', { class: 'tool-toolbar' });
    this.backButton = button('Back', 'back');
    this.restartButton = button('Start again', 'restart');
    this.toolbar.append(this.backButton, this.restartButton);
    this.summary = el('section', { class: 'tool-answers', 'aria-labelledby': 'answers-title' });
    const nodes = this.querySelector('.tool-nodes');
    nodes?.before(this.live, this.toolbar);
    nodes?.after(this.summary);
    for (const outcome of this.querySelectorAll<HTMLElement>('.tool-outcome')) {
      const actions = el('div', { class: 'tool-actions' });
      actions.append(button('Copy link to this result', 'copy'), button('Print this result', 'print'));
      // After what to do now: the verdict and the first step stay in the first screen.
      outcome.querySelector('.tool-steps')?.after(actions);
    }
    // Start again links exist for readers without JavaScript; the toolbar replaces them.
    for (const link of this.querySelectorAll<HTMLElement>('.tool-restart')) link.hidden = true;
  }

  /**
   * A shared result (#answers:...) or a node address (#who-asks) opens that step. Anything else
   * (#nonsense, #constructor, a broken escape such as #%E0%A4%A) opens the start: own keys only,
   * so an inherited name such as `toString` is never taken for a step.
   */
  private fromHash(focus: boolean): void {
    let address = '';
    try {
      address = decodeURIComponent(location.hash.slice(1));
    } catch {
      // Not a valid escape: no step has that address.
    }
    const renamed = this.routes.renamed ?? {};
    const hash = Object.hasOwn(renamed, address) ? renamed[address]! : address;
    const shared = decodeAnswers(hash);
    if (shared) {
      this.answers = shared;
      this.render(focus);
    } else if (Object.hasOwn(this.routes.nodes, hash)) {
      this.answers = {};
      this.show(hash, [], focus);
    } else {
      this.answers = {};
      this.render(focus);
    }
  }

  private onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const option = target.closest<HTMLAnchorElement>('a[data-option]');
    if (option) {
      event.preventDefault();
      const node = option.closest<HTMLElement>('[data-node]')?.dataset.node;
      if (node) this.answer(node, option.dataset.option ?? '');
      return;
    }
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (!action) return;
    event.preventDefault();
    if (action === 'back') this.back();
    else if (action === 'restart') this.restart();
    else if (action === 'copy') void this.copyLink();
    else if (action === 'print') this.print();
    else if (action.startsWith('change:')) this.change(action.slice('change:'.length));
  }

  private answer(node: string, value: string): void {
    // Answers after this question belong to the old route: drop them (remembered later answers
    // confused readers of GOV.UK Smart Answers, alphagov/smart-answers PR #4892).
    const step = resolveStep(this.routes, this.answers);
    const index = step.trail.findIndex((t) => t.node === node);
    const kept = index >= 0 ? step.trail.slice(0, index) : step.trail;
    this.answers = Object.fromEntries(kept.map((t) => [t.node, t.value]));
    this.answers[node] = value;
    this.step();
  }

  private back(): void {
    const { trail } = resolveStep(this.routes, this.answers);
    this.answers = Object.fromEntries(trail.slice(0, -1).map((t) => [t.node, t.value]));
    this.step();
  }

  private restart(): void {
    this.answers = {};
    this.step();
  }

  private change(node: string): void {
    const { trail } = resolveStep(this.routes, this.answers);
    const index = trail.findIndex((t) => t.node === node);
    this.answers = Object.fromEntries(trail.slice(0, Math.max(0, index)).map((t) => [t.node, t.value]));
    this.step();
  }

  /** The reader moved inside the tool: replace the history entry, never add one, and keep no step or answer in the address. */
  private step(): void {
    if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
    this.render(true);
  }

  private render(focus: boolean): void {
    const step = resolveStep(this.routes, this.answers);
    this.answers = step.answers;
    this.show(step.current, step.trail, focus);
  }

  private show(current: string, trail: { node: string; value: string }[], focus: boolean): void {
    for (const section of this.querySelectorAll<HTMLElement>('[data-node]')) section.hidden = section.dataset.node !== current;
    const section = this.querySelector<HTMLElement>(`[data-node="${CSS.escape(current)}"]`);
    this.backButton.hidden = trail.length === 0;
    // On the first question there is nothing to go back to or start again from.
    this.restartButton.hidden = current === this.routes.start;
    this.renderSummary(trail);
    if (!section) return;
    const heading = section.querySelector<HTMLElement>('.tool-heading');
    // A fresh page opens at its top; a step the reader moved to, or an address that names one, is brought into view.
    if (focus || location.hash) this.fit(section);
    if (!focus) return;
    heading?.focus({ preventScroll: true });
    const verdict = section.querySelector('.verdict')?.textContent?.trim();
    const text = heading?.textContent?.trim() ?? '';
    this.live.textContent = verdict ? `Result: ${verdict}. ${text}` : `Question ${trail.length + 1}: ${text}`;
  }

  /**
   * On a phone the page above the tool can push the answers (or an outcome's first step) below the
   * first screen: then the tool's top, with Back and Start again, goes to the top of the screen.
   */
  private fit(section: HTMLElement): void {
    const top = this.getBoundingClientRect().top;
    const last = section.querySelector('.tool-steps > li') ?? [...section.querySelectorAll('.tool-option')].at(-1);
    const bottom = (last ?? section).getBoundingClientRect().bottom;
    if (top < 0 || bottom > window.innerHeight) window.scrollBy(0, Math.floor(top));
  }

  private renderSummary(trail: { node: string; value: string }[]): void {
    this.summary.hidden = trail.length === 0;
    if (!trail.length) return this.summary.replaceChildren();
    const list = el('dl', { class: 'tool-answers__list' });
    for (const { node, value } of trail) {
      const section = this.querySelector(`[data-node="${CSS.escape(node)}"]`);
      const question = section?.querySelector('.tool-heading')?.textContent?.trim() ?? node;
      const label = section?.querySelector(`[data-option="${CSS.escape(value)}"]`)?.textContent?.trim() ?? value;
      const change = button('Change', `change:${node}`);
      change.append(el('span', { class: 'visually-hidden' }, ` your answer to “${question}”`));
      list.append(el('dt', {}, question), el('dd', {}, el('span', {}, label), ' ', change));
    }
    this.summary.replaceChildren(el('h2', { id: 'answers-title' }, 'Your answers'), list);
  }

  private async copyLink(): Promise<void> {
    const url = `${location.origin}${location.pathname}#${encodeAnswers(this.answers)}`;
    try {
      await navigator.clipboard.writeText(url);
      this.live.textContent = 'Link copied. It opens this result with your answers.';
    } catch {
      // No clipboard: the reader asked for a link, so now, and only now, the answers go in the
      // address (the fragment, replacing this entry); Start again takes them out.
      history.replaceState(history.state, '', url);
      this.live.textContent = 'The link is now in the address bar. Copy it from there.';
    }
  }

  private print(): void {
    const meta = this.querySelector<HTMLElement>('[data-print-meta]');
    if (meta)
      meta.textContent = `Printed from ${location.origin}${location.pathname} on ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}. Not legal advice.`;
    window.print();
  }
}

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function button(label: string, action: string): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'tool-button', 'data-action': action }, label) as HTMLButtonElement;
  return b;
}

customElements.define('decision-tool', DecisionTool);

// "Leave this site quickly" replaces this page in the history, so Back does not return to it.
// Without JavaScript it is an ordinary link.
document.querySelector('[data-quick-exit]')?.addEventListener('click', (event) => {
  event.preventDefault();
  location.replace((event.currentTarget as HTMLAnchorElement).href);
});
