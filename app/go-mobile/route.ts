import type { NextRequest } from 'next/server';
import { homePath, toMobilePath, toSafeLocalPath } from '../_lib/paths';
import { redirectWithViewPreference } from '../_lib/viewPreference';

/** "Go to mobile version": forget the desktop choice and open the mobile version of the same page. */
export function GET(request: NextRequest) {
  const target = toSafeLocalPath(request.nextUrl.searchParams.get('to'));
  return redirectWithViewPreference(request, toMobilePath(target ?? homePath('mobile')), false);
}
