import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { InputValidationPipe } from './input-validation.pipe';

class Inner {
  @IsOptional()
  @IsString()
  colour?: string;

  @IsOptional()
  @IsString()
  logo?: string;
}

class Outer {
  @IsOptional()
  @IsString()
  name?: string;

  @IsOptional()
  @IsString()
  slug?: string;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => Inner)
  parts?: Inner[];
}

describe('InputValidationPipe', () => {
  const pipe = new InputValidationPipe();

  it('leaves out the fields the caller did not send, in nested inputs and lists too', async () => {
    const input = (await pipe.transform({ name: 'x', parts: [{ colour: 'red' }] }, { type: 'body', metatype: Outer, data: 'input' })) as Outer;
    expect(input).toBeInstanceOf(Outer);
    expect(Object.keys(input)).toEqual(['name', 'parts']);
    expect(Object.keys(input.parts![0])).toEqual(['colour']);
    // Spread over stored values, an input changes only what was sent.
    expect({ name: 'old', slug: 'kept', ...input }.slug).toBe('kept');
  });

  it('keeps null, which means "clear this field"', async () => {
    const input = await pipe.transform({ name: null }, { type: 'body', metatype: Outer, data: 'input' });
    expect(input).toEqual(Object.assign(new Outer(), { name: null }));
    expect(Object.keys(input as object)).toEqual(['name']);
  });
});
