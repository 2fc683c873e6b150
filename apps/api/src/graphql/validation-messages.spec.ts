import 'reflect-metadata';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsHexColor,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsNumber,
  IsString,
  IsUUID,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { renderErrorText } from '@app/common';
import { CLASS_VALIDATOR_TEMPLATES, validationText } from './validation-messages';

enum Colour {
  RED = 'RED',
  BLUE = 'BLUE',
}

/** Every constraint our inputs use, each given a wrong value, once alone and once with `each`. */
class Everything {
  @IsArray() array: unknown = 'x';
  @ArrayMaxSize(2) arrayMax: unknown = [1, 2, 3];
  @IsBoolean() boolean: unknown = 'x';
  @IsDate() date: unknown = 'x';
  @IsEmail() email: unknown = 'x';
  @IsEnum(Colour) colour: unknown = 'x';
  @IsHexColor() hex: unknown = 'x';
  @IsInt() int: unknown = 'x';
  @IsLatitude() latitude: unknown = 'x';
  @IsLongitude() longitude: unknown = 'x';
  @IsNotEmpty() notEmpty: unknown = '';
  @IsNumber() number: unknown = 'x';
  @IsString() string: unknown = 1;
  @IsUUID() uuid: unknown = 'x';
  @IsUrl() url: unknown = 'x';
  @Matches(/^[a-z]+$/) matches: unknown = '1';
  @Max(3) max: unknown = 4;
  @MaxLength(3) maxLength: unknown = 'xxxx';
  @Min(3) min: unknown = 1;
  @ValidateNested() nested: unknown = 'x';
  @IsEnum(Colour, { each: true }) colours: unknown = ['x'];
  @IsInt({ each: true }) ints: unknown = ['x'];
  @IsNotEmpty({ each: true }) notEmpties: unknown = [''];
  @IsString({ each: true }) strings: unknown = [1];
  @IsUUID('all', { each: true }) uuids: unknown = ['x'];
  @Max(3, { each: true }) maxes: unknown = [4];
  @MaxLength(3, { each: true }) maxLengths: unknown = ['xxxx'];
  @Min(3, { each: true }) mins: unknown = [1];
}

describe('validationText', () => {
  const messages = validateSync(new Everything()).flatMap((error) => Object.values(error.constraints ?? {}));

  it('reads every class-validator message our inputs can get as one of the templates, rendering the same English', () => {
    expect(messages.length).toBeGreaterThanOrEqual(28);
    for (const message of messages) {
      const text = validationText(message);
      expect({ message, known: CLASS_VALIDATOR_TEMPLATES.includes(text.template) }).toEqual({ message, known: true });
      expect(renderErrorText(text)).toBe(message);
    }
  });

  it('keeps a decorator own message as its own template', () => {
    expect(validationText('must be an organisation ID')).toEqual({ template: 'must be an organisation ID', values: {} });
  });
});
