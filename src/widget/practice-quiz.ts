/**
 * <practice-quiz>: enhances server-rendered practice questions (radio buttons and a "Show the
 * answer" <details> each) with "Check answer": the chosen choice is marked right or not the best,
 * in words as well as colour, the explanations open, and the result is announced with the count
 * of right answers so far. The count is for this page only: it lives in the element and is never
 * stored or sent, so reloading the page starts again.
 */

class PracticeQuiz extends HTMLElement {
  private score!: HTMLElement;
  private questions: HTMLElement[] = [];

  connectedCallback(): void {
    if (this.dataset.enhanced) return;
    this.dataset.enhanced = 'true';
    this.questions = [...this.querySelectorAll<HTMLElement>('[data-question]')];
    const hint = this.querySelector<HTMLElement>('[data-hint]');
    if (hint) hint.textContent = 'Choose an answer, then press “Check answer”. Your answers stay on this page: nothing is saved or sent.';
    this.score = el('p', { class: 'quiz-score', tabindex: '-1' });
    hint?.after(this.score);
    for (const question of this.questions) {
      const actions = el('div', { class: 'quiz-q__actions' });
      const check = el('button', { type: 'button', class: 'quiz-button', 'data-action': 'check' }, 'Check answer');
      const result = el('p', { class: 'quiz-q__result', role: 'status' });
      actions.append(check, result);
      question.querySelector('fieldset')?.after(actions);
    }
    const reset = el('button', { type: 'button', class: 'quiz-button', 'data-action': 'reset' }, 'Clear my answers');
    this.append(el('div', { class: 'quiz-reset' }, reset));
    this.addEventListener('click', (event) => this.onClick(event));
    this.updateScore();
  }

  private onClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    if (button.dataset.action === 'reset') this.reset();
    const question = button.closest<HTMLElement>('[data-question]');
    if (button.dataset.action === 'check' && question) this.check(question, button);
  }

  private check(question: HTMLElement, button: HTMLButtonElement): void {
    if (question.dataset.result) return;
    const result = question.querySelector<HTMLElement>('.quiz-q__result')!;
    const chosen = question.querySelector<HTMLInputElement>('input[type=radio]:checked');
    if (!chosen) {
      result.textContent = 'Choose an answer first.';
      return;
    }
    const choice = chosen.closest<HTMLElement>('[data-choice]')!;
    const best = question.querySelector<HTMLElement>('[data-correct]')!;
    const letter = (item: HTMLElement) => (item.dataset.choice ?? '').toUpperCase();
    const right = choice === best;
    question.dataset.result = right ? 'right' : 'wrong';
    best.classList.add('quiz-choice--best');
    best.append(el('span', { class: 'quiz-mark quiz-mark--best' }, '✓ Best answer'));
    if (!right) {
      choice.classList.add('quiz-choice--chosen');
      choice.append(el('span', { class: 'quiz-mark quiz-mark--chosen' }, '✗ Your answer'));
    }
    for (const input of question.querySelectorAll<HTMLInputElement>('input[type=radio]')) input.disabled = true;
    button.textContent = 'Answer checked';
    button.setAttribute('aria-disabled', 'true');
    const details = question.querySelector('details');
    if (details) details.open = true;
    this.updateScore();
    result.className = `quiz-q__result quiz-q__result--${right ? 'right' : 'wrong'}`;
    result.textContent = right
      ? `✓ Right: ${letter(best)} is the best answer. ${this.tally()}`
      : `✗ Not the best answer. You chose ${letter(choice)}; the best answer is ${letter(best)}. ${this.tally()}`;
  }

  private reset(): void {
    for (const question of this.questions) {
      delete question.dataset.result;
      for (const mark of question.querySelectorAll('.quiz-mark')) mark.remove();
      for (const item of question.querySelectorAll('.quiz-choice')) item.classList.remove('quiz-choice--best', 'quiz-choice--chosen');
      for (const input of question.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
        input.disabled = false;
        input.checked = false;
      }
      const button = question.querySelector<HTMLButtonElement>('[data-action=check]');
      if (button) {
        button.textContent = 'Check answer';
        button.removeAttribute('aria-disabled');
      }
      const result = question.querySelector<HTMLElement>('.quiz-q__result');
      if (result) {
        result.textContent = '';
        result.className = 'quiz-q__result';
      }
      const details = question.querySelector('details');
      if (details) details.open = false;
    }
    this.updateScore();
    this.score.focus();
  }

  private tally(): string {
    const checked = this.questions.filter((q) => q.dataset.result).length;
    const right = this.questions.filter((q) => q.dataset.result === 'right').length;
    return `${right} of ${checked} right so far.`;
  }

  private updateScore(): void {
    const checked = this.questions.filter((q) => q.dataset.result).length;
    const right = this.questions.filter((q) => q.dataset.result === 'right').length;
    this.score.textContent = checked
      ? `Your score on this page: ${right} right out of ${checked} checked (${this.questions.length} questions).`
      : `Your score on this page: no answers checked yet (${this.questions.length} questions).`;
    this.score.dataset.right = String(right);
    this.score.dataset.checked = String(checked);
  }
}

function el(tag: string, attributes: Record<string, string>, ...children: (string | Node)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

customElements.define('practice-quiz', PracticeQuiz);
