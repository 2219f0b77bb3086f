import { makeStaticStyles } from '@fluentui/react-components';
import type { ThemeName } from './host';

/**
 * Page-wide rules the Fluent components leave to the page.
 *
 * Text areas grow with what is typed (up to most of the window, then they scroll), so a long
 * "Who may apply" or a reason is never cut off at a 400-px side panel, where every line wraps
 * more often than at 1280 px.
 *
 * A field in error is told by more than its message: its whole border is thick and in the danger
 * colour in every theme. High contrast paints every border and the danger colour white, so there
 * the field also gets a dashed outline, the one mark left that differs from a field without error.
 */
export const useStaticStyles = makeStaticStyles(`
  textarea { field-sizing: content; min-height: 4lh; max-height: 70vh; }
  .fui-Textarea { height: auto; max-height: none; }
  .fui-Input:has(> input[aria-invalid="true"]),
  .fui-Textarea:has(> textarea[aria-invalid="true"]),
  .fui-Select:has(> select[aria-invalid="true"]) > select {
    border: 2px solid var(--colorPaletteRedBorder2);
  }
  .ma-contrast .fui-Input:has(> input[aria-invalid="true"]),
  .ma-contrast .fui-Textarea:has(> textarea[aria-invalid="true"]),
  .ma-contrast .fui-Select:has(> select[aria-invalid="true"]) > select {
    outline: 2px dashed var(--colorNeutralForeground1);
    outline-offset: 2px;
  }
`);

/** The class that marks the high-contrast theme for the rules above. */
export const contrastClass = 'ma-contrast';

/**
 * Native parts of inputs (the date and time pickers' icons, scrollbars, the select's arrow) are
 * drawn by the browser in the page's colour scheme: dark and high contrast need `dark`, or the
 * calendar icon is black on black.
 */
export function colorScheme(theme: ThemeName): 'light' | 'dark' {
  return theme === 'light' ? 'light' : 'dark';
}
