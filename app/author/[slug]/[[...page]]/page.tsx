import { listingRoute } from '../../../_lib/listingRoute';

const route = listingRoute('author');

export const generateMetadata = route.generateMetadata;
export default route.Page;
