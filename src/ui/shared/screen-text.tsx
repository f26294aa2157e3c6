import { screenParts, SCREEN_TEXT_LIMIT } from '../../domain/view/screen-text';

/** The mark after text the screen cut short, or nothing. */
export function CutMark({ mark }: { mark: string }) {
  return mark ? <span className="cut-mark">{mark}</span> : null;
}

/** A text from the catalogue, drawn whole or cut short with a mark (domain/view/screen-text.ts). */
export function ScreenText({ text, limit = SCREEN_TEXT_LIMIT }: { text: string; limit?: number }) {
  const { shown, mark } = screenParts(text, limit);
  return (
    <>
      {shown}
      <CutMark mark={mark} />
    </>
  );
}
