import { safetySignStyle, type CardSafetySign } from '@shuangkong/contracts';

/**
 * A GB 2894 sign as a card prints it: the kind's shape and colours with the sign's name. The
 * standard's pictograms are not drawn; the official sign hangs on site and the card names it.
 */
export function SafetySignBadge({ sign, size = 40 }: { sign: CardSafetySign; size?: number }) {
  const style = safetySignStyle[sign.category];
  return (
    <span
      data-testid="safety-sign"
      data-code={sign.code}
      style={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'center', width: size * 1.9 }}
    >
      <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true">
        <SignShape category={sign.category} color={style.color} background={style.background} />
      </svg>
      <span style={{ fontSize: Math.max(8, size / 4), lineHeight: 1.2, textAlign: 'center' }}>
        {sign.nameZh}
      </span>
    </span>
  );
}

function SignShape({
  category,
  color,
  background,
}: {
  category: CardSafetySign['category'];
  color: string;
  background: string;
}) {
  switch (category) {
    case 'prohibition':
      return (
        <>
          <circle cx="20" cy="20" r="17" fill={background} stroke={color} strokeWidth="5" />
          <line x1="8" y1="8" x2="32" y2="32" stroke={color} strokeWidth="5" />
        </>
      );
    case 'warning':
      return (
        <>
          <polygon points="20,3 38,36 2,36" fill={background} stroke={color} strokeWidth="3" />
          <text x="20" y="32" fontSize="20" fontWeight="700" textAnchor="middle" fill={color}>
            !
          </text>
        </>
      );
    case 'mandatory':
      return (
        <>
          <circle cx="20" cy="20" r="18" fill={background} />
          <text x="20" y="28" fontSize="22" fontWeight="700" textAnchor="middle" fill={color}>
            !
          </text>
        </>
      );
    case 'information':
      return (
        <>
          <rect x="2" y="2" width="36" height="36" fill={background} />
          <rect x="7" y="7" width="26" height="26" fill="none" stroke={color} strokeWidth="2" />
        </>
      );
  }
}
