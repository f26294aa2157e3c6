import { useActions } from '../shared/store-context';

/** Opens the glossary from the page header. */
export function GlossaryButton() {
  const { openGlossary } = useActions();
  return (
    <button type="button" className="glossary-button" onClick={() => openGlossary()}>
      Glossary
    </button>
  );
}
