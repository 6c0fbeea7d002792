import { desktopPage } from '../../../_lib/desktopPage';
import { tagPage } from '../../../_lib/publicPages';

const page = desktopPage(tagPage);

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
