import type { NextRequest } from 'next/server';
import { versionSwitchTarget } from '../../lib/paths';
import { redirectWithViewPreference } from '../_lib/viewPreference';

/** "Go to mobile version": forget the desktop choice and open the mobile version of the same page. */
export function GET(request: NextRequest) {
  const target = versionSwitchTarget(request.nextUrl.searchParams.get('to'), 'mobile');
  return redirectWithViewPreference(request, target, false);
}
