/**
 * The only script on a content page until the reader starts to search: it shows the search box
 * (hidden for readers without JavaScript) and loads the search code on first focus or keystroke.
 */
export function startSearchLoader(): void {
  // The "search needs JavaScript" note is for readers without it; <noscript> is not used
  // because a browser with scripts blocked by policy still hides its content.
  for (const note of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) note.hidden = true;
  for (const box of document.querySelectorAll<HTMLElement>('[data-search]')) {
    const input = box.querySelector('input');
    if (!input) continue;
    box.hidden = false;
    const load = () => {
      input.removeEventListener('focus', load);
      input.removeEventListener('input', load);
      void import('./search-ui.ts').then(({ mountSearch }) => mountSearch(box, input));
    };
    input.addEventListener('focus', load);
    input.addEventListener('input', load);
  }
}
