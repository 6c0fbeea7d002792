/*
 * Which visitors are sent to the mobile version. Phones are; tablets and desktops are not.
 * The pattern is also used by the redirect rule in next.config.ts, which Next.js matches as
 * `^pattern$` against the User-Agent header, so it must stay a plain, anchored-friendly string.
 */

/** Phone browsers: iPhone and iPod, Android with "Mobile" (Android tablets omit it), and older phone platforms. */
export const PHONE_USER_AGENT_PATTERN =
  '.*(?:iPhone|iPod|Android.*Mobile|Windows Phone|IEMobile|BlackBerry|BB10|Opera Mini|KAIOS|Mobile; rv:).*';

const PHONE_USER_AGENT = new RegExp(`^${PHONE_USER_AGENT_PATTERN}$`);

export function isPhoneUserAgent(userAgent: string | null | undefined): boolean {
  return !!userAgent && PHONE_USER_AGENT.test(userAgent);
}

/** The reader's choice to stay on the desktop version, set by "Exit mobile version". */
export const VIEW_PREFERENCE_COOKIE = 'nx_view';
export const DESKTOP_PREFERENCE_VALUE = 'desktop';
export const VIEW_PREFERENCE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
