/**
 * "Keep this guide on this device" (components/OfflineControl.astro, on the About page). Nothing is
 * registered or stored until the reader presses the button: on load this only asks the browser
 * whether a copy already exists, and reads the size of a copy from offline-manifest.json. The
 * copy itself is made by the service worker (public/sw.js); "Remove the offline copy" unregisters
 * it and deletes its files, leaving nothing behind.
 */
interface CopyInfo {
  saved: string;
  bytes: number;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function startOfflineControl(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-offline]')) void enhance(box);
}

async function enhance(box: HTMLElement): Promise<void> {
  const base = box.dataset.offlineBase ?? '/';
  const part = <T extends HTMLElement>(name: string) => box.querySelector<T>(`[data-offline-${name}]`)!;
  const status = part('status');
  const keep = part<HTMLButtonElement>('keep');
  const remove = part<HTMLButtonElement>('remove');
  part('fallback').hidden = true;
  part('ui').hidden = false;
  // Cache Storage and service workers exist only on https:// (and on this computer, for testing).
  if (!('serviceWorker' in navigator) || !window.isSecureContext || !('caches' in window)) {
    status.textContent = 'This browser cannot keep an offline copy. Every page still works while you are online.';
    keep.hidden = true;
    return;
  }
  const prefix = `offline:${base}:`;

  const show = (text: string, saved: boolean) => {
    status.textContent = text;
    keep.hidden = saved;
    remove.hidden = !saved;
    keep.disabled = false;
    remove.disabled = false;
  };

  const showSaved = async (registration: ServiceWorkerRegistration) => {
    const response = await caches.match(`${base}offline-copy.json`);
    const info = response ? ((await response.json()) as CopyInfo) : undefined;
    const newer = registration.waiting ? ' A newer version is saved too, and is used from your next visit.' : '';
    show(
      info ? `Available offline, updated ${day(info.saved)} (${megabytes(info.bytes)} on this device).${newer}` : 'Available offline.',
      true,
    );
  };

  const size = async () => {
    try {
      const response = await fetch(`${base}offline-manifest.json`);
      return megabytes(((await response.json()) as { bytes: number }).bytes);
    } catch {
      return undefined;
    }
  };

  const forget = async () => {
    await (await navigator.serviceWorker.getRegistration(base))?.unregister();
    for (const key of await caches.keys()) if (key.startsWith(prefix)) await caches.delete(key);
  };

  const existing = await navigator.serviceWorker.getRegistration(base);
  if (existing?.active) await showSaved(existing);
  else {
    const bytes = await size();
    show(`Not saved on this device.${bytes ? ` The copy takes ${bytes}.` : ''}`, false);
  }

  keep.addEventListener('click', () => {
    keep.disabled = true;
    status.textContent = 'Saving the guide on this device…';
    void (async () => {
      try {
        const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' });
        await activated(registration);
        await showSaved(registration);
        // The button pressed is gone: the news takes the focus.
        status.focus();
      } catch {
        await forget().catch(() => undefined);
        show('The guide could not be saved. Check your connection and try again.', false);
      }
    })();
  });

  remove.addEventListener('click', () => {
    remove.disabled = true;
    void forget().then(
      () => {
        show('The offline copy is removed from this device.', false);
        keep.focus();
      },
      () => show('The offline copy could not be removed. Clear this site’s data in your browser’s settings.', true),
    );
  });
}

/** Resolves once the registration's worker has saved the copy and is in charge; rejects if it failed. */
function activated(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  return new Promise((resolve, reject) => {
    if (!worker) return reject(new Error('No service worker'));
    const check = () => {
      if (worker.state === 'activated') resolve();
      else if (worker.state === 'redundant') reject(new Error('The service worker could not save the guide'));
    };
    worker.addEventListener('statechange', check);
    check();
  });
}
