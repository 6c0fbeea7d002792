import { desktopPage } from '../../_lib/desktopPage';
import { correctionsPage } from '../../_lib/publicPages';

const page = desktopPage(correctionsPage);

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
