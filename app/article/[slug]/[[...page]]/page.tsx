import { desktopPage } from '../../../_lib/desktopPage';
import { articlePage } from '../../../_lib/publicPages';

const page = desktopPage(articlePage);

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
