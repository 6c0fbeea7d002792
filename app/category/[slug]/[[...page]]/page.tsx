import { desktopPage } from '../../../_lib/desktopPage';
import { categoryPage } from '../../../_lib/publicPages';

const page = desktopPage(categoryPage);

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
