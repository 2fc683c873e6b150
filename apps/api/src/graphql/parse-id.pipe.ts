import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { InputError, errorText } from '@app/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs: anything else is the caller's mistake, named as such, not a database error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new InputError(metadata.data ?? 'id', errorText('must be an ID returned by this API (a UUID)'), 'INVALID_ID');
    }
    return value.toLowerCase();
  }
}
