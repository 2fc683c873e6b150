import { validationMessage } from '@app/common';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsEnum, IsInt, IsLatitude, IsLongitude, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { VenueAccessibilityFeature } from '@app/forums';
import { UpdateInputOf } from '../../graphql/update-input';

@InputType()
export class CreateVenueInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  address: string;

  @Field(() => Int, { nullable: true, description: 'Seats, at least 1; leave it out (null) when not known.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: validationMessage('must be at least 1 seat (leave it empty when you do not know)') })
  capacity?: number | null;

  @Field(() => [VenueAccessibilityFeature], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(VenueAccessibilityFeature, { each: true })
  accessibilityFeatures?: VenueAccessibilityFeature[];

  @Field(() => Float, { nullable: true, description: 'Give both latitude and longitude, or neither.' })
  @IsOptional()
  @IsLatitude()
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude()
  longitude?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType()
export class UpdateVenueInput extends UpdateInputOf(CreateVenueInput) {}

@InputType()
export class VenueFilterInput {
  @Field({ nullable: true, description: 'Words in the name or address.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

