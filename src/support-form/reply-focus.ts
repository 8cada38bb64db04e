/**
 * Where the focus goes when "Check for a reply" opens from a button (the button is gone with the
 * view it was in): the first empty field, or Check when both are filled. Shared by the form's
 * templates and the reply chunk; tiny, so it costs the form's templates nothing to carry.
 */
export function replyFocusTarget(root: ParentNode): HTMLElement | null {
  const fields = [...root.querySelectorAll<HTMLInputElement>('[part="reply-form"] input')];
  return fields.find((i) => !i.value) ?? root.querySelector<HTMLElement>('[part="reply-form"] button[type="submit"]');
}

/**
 * Focuses that target once the view shows in `root`: at once when it is there, else when it
 * arrives (the reply chunk may still be loading), giving up after `ms`.
 */
export function focusWhenReplyShows(root: Node, ms = 10_000): void {
  if (!(root instanceof ShadowRoot || root instanceof Document)) return;
  const tryFocus = () => {
    const target = replyFocusTarget(root);
    target?.focus();
    return !!target;
  };
  if (tryFocus()) return;
  const watch = new MutationObserver(() => {
    if (tryFocus()) watch.disconnect();
  });
  watch.observe(root, { childList: true, subtree: true });
  setTimeout(() => watch.disconnect(), ms);
}
