import { desktopPage } from '../_lib/desktopPage';
import { searchPage } from '../_lib/publicPages';

const page = desktopPage(searchPage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
