import { ErrorText, validationMessage } from "@app/common";

/**
 * class-validator's own English messages for the constraints our inputs use (and their `each: true`
 * forms where an input uses one), as templates, so a field error can be translated: the message is
 * matched against these, and its parts become the template's values. A message that matches none (a decorator's own `message`) is its own template.
 */
export const CLASS_VALIDATOR_TEMPLATES: readonly string[] = [
  validationMessage("{property} must be an array"),
  validationMessage("{property} must contain no more than {max} elements"),
  validationMessage("{property} must contain at least {min} elements"),
  validationMessage("{property} must be a boolean value"),
  validationMessage("{property} must be a Date instance"),
  validationMessage("{property} must be an email"),
  validationMessage("{property} must be one of the following values: {values}"),
  validationMessage(
    "each value in {property} must be one of the following values: {values}",
  ),
  validationMessage("{property} must be a hexadecimal color"),
  validationMessage("{property} must be an integer number"),
  validationMessage("each value in {property} must be an integer number"),
  validationMessage("{property} must be a latitude string or number"),
  validationMessage("{property} must be a longitude string or number"),
  validationMessage("{property} should not be empty"),
  validationMessage("each value in {property} should not be empty"),
  validationMessage(
    "{property} must be a number conforming to the specified constraints",
  ),
  validationMessage("{property} must be a string"),
  validationMessage("each value in {property} must be a string"),
  validationMessage("{property} must be a UUID"),
  validationMessage("each value in {property} must be a UUID"),
  validationMessage("{property} must be a URL address"),
  validationMessage("{property} must match {pattern} regular expression"),
  validationMessage("{property} must not be greater than {max}"),
  validationMessage("each value in {property} must not be greater than {max}"),
  validationMessage(
    "{property} must be shorter than or equal to {max} characters",
  ),
  validationMessage(
    "each value in {property} must be shorter than or equal to {max} characters",
  ),
  validationMessage("{property} must not be less than {min}"),
  validationMessage("each value in {property} must not be less than {min}"),
  validationMessage(
    "nested property {property} must be either object or array",
  ),
];

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const MATCHERS = CLASS_VALIDATOR_TEMPLATES.map((template) => {
  const names: string[] = [];
  const source = template
    .split(/(\{[a-z]+\})/)
    .map((part) => {
      const name = /^\{([a-z]+)\}$/.exec(part)?.[1];
      if (!name) return escapeRegExp(part);
      names.push(name);
      return "(.+?)";
    })
    .join("");
  return { template, names, pattern: new RegExp(`^${source}$`, "s") };
});

/** A class-validator message as a text to translate; its English renders exactly as class-validator wrote it. */
export function validationText(message: string): ErrorText {
  for (const { template, names, pattern } of MATCHERS) {
    const match = pattern.exec(message);
    if (match)
      return {
        template,
        values: Object.fromEntries(
          names.map((name, i) => [name, match[i + 1]]),
        ),
      };
  }
  // A decorator's own message, written with validationMessage(...) so the catalogs have it.
  return { template: message, values: {} };
}
