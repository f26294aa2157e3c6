import type { PlatformType } from '../../catalogue/vocabulary';

// Simple line drawings, 24×24, drawn in currentColor; decorative (the label is always beside).
// The built-in catalogue's types have their own drawing; the types an opened SIPRI register adds
// share a plain box.
const PATHS: Partial<Record<PlatformType, string>> = {
  mbt: 'M3 15h18l-2 4H5zM6 15v-3h9v3M11 12V9h3l7-1',
  sph: 'M3 16h18l-2 3H5zM5 16v-4h10v4M13 12l8-6M8 12V9h4v3',
  apc: 'M3 14l3-5h12l3 5v3H3zM6 17v2M18 17v2M8 9v5',
  helicopter:
    'M3 6h18M12 6v3M5 12c0-2 3-3 7-3s6 1 6 4-2 3-6 3H8M18 13l3-2v4zM9 16v3M14 16v3M7 19h10',
  rpg: 'M2 12h14M16 9l6 3-6 3zM6 12v4M10 12v3',
  rifle: 'M2 11h15l5-2v3l-5 1H9l-2 5H5l1-5H2zM10 13l1 3',
};

const OTHER = 'M4 7h16v10H4zM4 12h16';

export function PlatformIcon({ type }: { type: PlatformType }) {
  return (
    <svg
      className="platform-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[type] ?? OTHER}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
