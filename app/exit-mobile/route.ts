import type { NextRequest } from 'next/server';
import { versionSwitchTarget } from '../../lib/paths';
import { redirectWithViewPreference } from '../_lib/viewPreference';

/** "Exit mobile version": remember the choice and open the desktop version of the same page. */
export function GET(request: NextRequest) {
  const target = versionSwitchTarget(request.nextUrl.searchParams.get('to'), 'desktop');
  return redirectWithViewPreference(request, target, true);
}
