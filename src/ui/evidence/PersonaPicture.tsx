import type { Persona } from '../../domain/schema';
import { avatarColour, personaInitials } from '../../domain/personas';
import './evidence.css';

/** The persona whose picture (or generated avatar) is drawn, and at what size. */
export interface PersonaPictureProps {
  persona: Pick<Persona, 'id' | 'name' | 'picture'>;
  /** Width and height in pixels. */
  size?: number;
}

/**
 * A persona's photo, or a generated avatar: their initials on a colour chosen from the seed
 * (inline SVG, so it needs no network and exports with the map). The avatar only repeats the
 * name next to it, so it is hidden from screen readers; a photo has a text alternative.
 */
export function PersonaPicture({ persona, size = 64 }: PersonaPictureProps) {
  const picture = persona.picture;
  if (picture?.kind === 'image') {
    return (
      <img
        className="ev-picture"
        src={picture.dataUrl}
        alt={picture.alt.trim() || `Picture of ${persona.name || 'the persona'}`}
        width={size}
        height={size}
      />
    );
  }
  const seed = picture?.kind === 'avatar' ? picture.seed : persona.id;
  const initials = personaInitials(persona.name);
  return (
    <svg
      className="ev-picture"
      viewBox="0 0 64 64"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      data-testid="generated-avatar"
    >
      <circle cx="32" cy="32" r="32" fill={avatarColour(seed)} />
      <text
        x="32"
        y="33"
        textAnchor="middle"
        dominantBaseline="central"
        className="ev-picture__initials"
        fontSize={initials.length > 1 ? 24 : 28}
        fontWeight="700"
        fontFamily="system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif"
      >
        {initials}
      </text>
    </svg>
  );
}
