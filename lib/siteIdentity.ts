/** What the site is called and says of itself: the same in every page, feed and build. */

export const SITE_NAME = 'The Nation Express';
export const SITE_DESCRIPTION =
  'Independent reporting on India, Russia and the world: defence, diplomacy, economy and technology.';
export const SITE_LANGUAGE = 'en';
