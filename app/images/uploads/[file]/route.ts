import { readUploadedImage } from '../../../../db/newsroom/uploadedImages';
import { notFoundResponse } from '../../../_lib/notFoundResponse';
import { answerUnlessDatabaseUnavailable } from '../../../_lib/databaseOutage';

interface UploadedImageContext {
  params: Promise<{ file: string }>;
}

/** Images uploaded in the newsroom. Their names are hashes of their content: cached for good. */
export async function GET(_request: Request, { params }: UploadedImageContext): Promise<Response> {
  const { file } = await params;
  return answerUnlessDatabaseUnavailable(async () => {
    const image = await readUploadedImage(file);
    if (!image) return notFoundResponse();
    return new Response(new Uint8Array(image.bytes), {
      headers: { 'Content-Type': image.type, 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff' },
    });
  });
}
