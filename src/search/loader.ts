/**
 * The only script on a content page until the reader starts to search: it shows the search box
 * (hidden for readers without JavaScript) and loads the search code on first focus or keystroke.
 */
export function startSearchLoader(): void {
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
