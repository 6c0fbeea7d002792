import { desktopPage } from './_lib/desktopPage';
import { homePage } from './_lib/publicPages';

const page = desktopPage(homePage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
