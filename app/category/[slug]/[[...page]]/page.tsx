import { listingRoute } from '../../../_lib/listingRoute';

const route = listingRoute('category');

export const generateMetadata = route.generateMetadata;
export default route.Page;
