import { type RefObject, useEffect } from 'react';

/**
 * Once focus has left `root` for another field, focus pulled back into `root` in that same
 * moment (before the browser runs its next task) is sent back where the person moved it.
 *
 * The USWDS combo box focuses its input after each of its renders while it believes it has
 * focus. A render whose effects React runs just after the person moved on (a search's matches
 * arriving as they click the next field) pulled focus, and what they typed next, back into the
 * picker: seen on a slow machine, where "listening" typed into the next field landed in the picker.
 * Their own way back in (Shift+Tab, a click) is a later task, and is left alone.
 */
export function useFocusLeavesFor(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let leftFor: HTMLElement | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outside = (target: EventTarget | null): target is HTMLElement => target instanceof HTMLElement && !element.contains(target);
    const onFocusOut = (event: FocusEvent) => {
      if (!outside(event.relatedTarget)) return;
      leftFor = event.relatedTarget;
      clearTimeout(timer);
      timer = setTimeout(() => {
        leftFor = null;
      }, 0);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (leftFor && leftFor.isConnected && event.relatedTarget === leftFor) leftFor.focus();
    };
    element.addEventListener('focusout', onFocusOut);
    element.addEventListener('focusin', onFocusIn);
    return () => {
      clearTimeout(timer);
      element.removeEventListener('focusout', onFocusOut);
      element.removeEventListener('focusin', onFocusIn);
    };
  }, [root]);
}
