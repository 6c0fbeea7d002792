import type { NextRequest } from 'next/server';
import { homePath, toDesktopPath, toSafeLocalPath } from '../_lib/paths';
import { redirectWithViewPreference } from '../_lib/viewPreference';

/** "Exit mobile version": remember the choice and open the desktop version of the same page. */
export function GET(request: NextRequest) {
  const target = toSafeLocalPath(request.nextUrl.searchParams.get('to'));
  return redirectWithViewPreference(request, toDesktopPath(target ?? homePath('desktop')), true);
}
