import { renderPreviewImage } from '../../_lib/previewImage';
import { SITE_URL } from '../../../lib/site';

/** The preview card for pages that are not stories. */
export async function GET(): Promise<Response> {
  return renderPreviewImage(
    { kicker: 'India, Russia and the world', title: 'Independent reporting on defence, diplomacy, the economy and technology', footnote: SITE_URL.host },
    'public, max-age=86400, stale-while-revalidate=604800',
  );
}
