/** Small inline icons (system fonts lack some media glyphs). Decorative: the buttons carry the names. */
function Svg({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className ?? 'size-4'} fill="currentColor">
      {children}
    </svg>
  );
}

export const PreviousIcon = () => (
  <Svg>
    <path d="M6 5h2v14H6zM20 5v14L9 12z" />
  </Svg>
);
export const NextIcon = () => (
  <Svg>
    <path d="M16 5h2v14h-2zM4 5v14l11-7z" />
  </Svg>
);
export const VolumeIcon = () => (
  <Svg>
    <path d="M4 9h4l5-4v14l-5-4H4zM16 8.5a5 5 0 0 1 0 7l-1.4-1.4a3 3 0 0 0 0-4.2zM18.4 6a8.5 8.5 0 0 1 0 12L17 16.6a6.5 6.5 0 0 0 0-9.2z" />
  </Svg>
);
export const MuteIcon = () => (
  <Svg>
    <path d="M4 9h4l5-4v14l-5-4H4zM16.3 9.7l1.4-1.4 2 2 2-2 1.4 1.4-2 2 2 2-1.4 1.4-2-2-2 2-1.4-1.4 2-2z" />
  </Svg>
);
export const PlusIcon = () => (
  <Svg className="size-3.5">
    <path d="M11 4h2v7h7v2h-7v7h-2v-7H4v-2h7z" />
  </Svg>
);
export const BellIcon = () => (
  <Svg className="size-3.5">
    <path d="M12 3a6 6 0 0 0-6 6v4l-2 3v1h16v-1l-2-3V9a6 6 0 0 0-6-6zm-2 15a2 2 0 0 0 4 0z" />
  </Svg>
);
