import { listingRoute } from '../../../_lib/listingRoute';

const route = listingRoute('tag');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
