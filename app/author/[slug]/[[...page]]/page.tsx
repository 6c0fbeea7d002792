import { desktopPage } from '../../../_lib/desktopPage';
import { authorPage } from '../../../_lib/publicPages';

const page = desktopPage(authorPage);

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
