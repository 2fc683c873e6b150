import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { InputError, errorText } from '@app/common';

/**
 * A free-text argument (a reason, a note) at most `max` characters, named when longer: these
 * are copied into every invitee's mail, so a megabyte pasted in one would be a megabyte per
 * recipient. Input classes say the same with MaxLength; this is for plain arguments.
 */
@Injectable()
export class TextLimitPipe implements PipeTransform<string | null | undefined, string | null | undefined> {
  constructor(private readonly max: number) {}

  transform(value: string | null | undefined, metadata: ArgumentMetadata): string | null | undefined {
    if (typeof value === 'string' && value.length > this.max) throw new InputError(metadata.data ?? 'text', errorText('is longer than {max} characters', { max: this.max }), 'TEXT_TOO_LONG');
    return value;
  }
}
