import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { appSecret, type AppSecretName } from '../../../db/newsroom/secrets';
import { FORWARDED_PROTO_HEADER, isHttpsRequest } from '../../../lib/forwardedRequest';
import { SITE_URL } from '../../../lib/site';
import { issueFormToken, isValidFormToken } from '../../../lib/newsroom/formToken';
import { isOwnOriginPost, postSourceOf } from '../../../lib/newsroom/postOrigin';

const FORM_TOKEN_SECRET: AppSecretName = 'newsroom-form-tokens';
export const FORM_TOKEN_FIELD = 'form-token';

/** The forms that post to route handlers; a token is good for its own form only. */
export const LOGIN_FORM = 'login';
export const LOGOUT_FORM = 'logout';

/** A token for a form named `form` that posts to a route handler. */
export async function formTokenFor(form: string): Promise<string> {
  return issueFormToken(await appSecret(FORM_TOKEN_SECRET), form);
}

/**
 * The fields of a form posted to a route handler, or null when the post did not come from this
 * site's own form `form` (wrong origin, missing or forged token, or an expired form).
 */
export async function readTrustedForm(request: NextRequest, form: string): Promise<FormData | null> {
  // The HTTP server refuses these already (server/postOrigin.ts); checked again for any other server.
  if (!isOwnOriginPost(postSourceOf((name) => request.headers.get(name) ?? undefined), SITE_URL)) return null;
  let fields: FormData;
  try {
    fields = await request.formData();
  } catch {
    return null;
  }
  return isValidFormToken(await appSecret(FORM_TOKEN_SECRET), form, fields.get(FORM_TOKEN_FIELD)) ? fields : null;
}

/** Whether cookies set for this request must be Secure (lib/forwardedRequest.ts). */
export function isSecureRequest(request: NextRequest): boolean {
  return isHttpsRequest(request.headers.get(FORWARDED_PROTO_HEADER), SITE_URL);
}

/**
 * A 303 to a path on this site. The Location stays relative: the server may know itself by
 * another name than the browser used, and the session cookie belongs to the browser's name.
 */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path, 'Cache-Control': 'private, no-store' } });
}
