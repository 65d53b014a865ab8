import { useState } from 'react';
import { TextInput, type TextInputProps } from '@patternfly/react-core';

/**
 * A text field for a value kept in another shape (labels, a list): the user's text stays exactly as
 * typed (trailing commas, half-typed pairs) and is only replaced when the value changes from
 * elsewhere (the YAML view, a reload).
 */
export const ParsedTextInput = <V,>({
  value,
  format,
  parse,
  onValue,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & {
  value: V;
  format: (value: V) => string;
  parse: (text: string) => V;
  onValue: (value: V) => void;
}) => {
  const formatted = format(value);
  const [text, setText] = useState(formatted);
  const [seen, setSeen] = useState(formatted);
  if (seen !== formatted) {
    // The value changed: keep the text if it already says the same, else show the new value.
    setSeen(formatted);
    if (format(parse(text)) !== formatted) setText(formatted);
  }
  return (
    <TextInput
      {...props}
      value={text}
      onChange={(_e, next) => {
        setText(next);
        onValue(parse(next));
      }}
    />
  );
};
