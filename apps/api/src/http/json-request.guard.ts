import { CanActivate, ExecutionContext, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';

/** The media type of a Content-Type header, without parameters, lower-cased. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Refuses a request unless it says `Content-Type: application/json`, body or not. An HTML form
 * on another site can only send urlencoded, multipart or text/plain, and a script there cannot
 * send JSON to us without a CORS preflight we never grant: with SameOriginGuard and SameSite
 * cookies, a third guard against cross-site requests to cookie routes.
 */
@Injectable()
export class JsonRequestGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (mediaTypeOf(req.get('content-type')) !== 'application/json') {
      throw new UnsupportedMediaTypeException('Send this request as JSON, with Content-Type: application/json');
    }
    return true;
  }
}
