/**
 * Hands a file made in the page to the browser as a download: a Blob behind a hidden
 * `<a download>` clicked inside `root` (the element's shadow root, where its listeners see it).
 * Only lazy chunks import it (the calendar's .ics, the directory's CSV), never core itself.
 */
export function downloadFile(root: Node, name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
