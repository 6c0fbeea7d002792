import { listingRoute } from '../../../_lib/listingRoute';

const route = listingRoute('tag');

export const generateMetadata = route.generateMetadata;
export default route.Page;
