// The server-rendered page: the preview frame shows /server-rendered/preview.html (made by
// demo/server-rendered-preview.ts with news-widgets/server) with JavaScript on, or in a sandbox that runs no
// script (and without the page's script tag) with JavaScript off, in the chosen language.
const frame = document.querySelector<HTMLIFrameElement>('#preview')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const statusLine = document.querySelector<HTMLElement>('#preview-status')!;

function show(): void {
  const js = form.querySelector<HTMLInputElement>('input[name="js"]:checked')?.value !== '0';
  // The sandbox applies from the frame's next navigation: set it first, then the address.
  if (js) frame.removeAttribute('sandbox');
  else frame.setAttribute('sandbox', 'allow-same-origin allow-popups allow-popups-to-escape-sandbox');
  frame.src = `/server-rendered/preview.html?js=${js ? 1 : 0}&lang=${lang.value}`;
  statusLine.textContent = js
    ? 'JavaScript on: the widgets take over from the server’s HTML.'
    : 'JavaScript off: the server’s HTML alone, as a reader without JavaScript or a crawler gets it.';
}

form.addEventListener('change', show);
show();
