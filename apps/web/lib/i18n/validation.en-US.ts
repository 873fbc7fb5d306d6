/** Plain-word validation messages, for server answers that name a field and what is wrong with it. */
const validation = {
  withField: (field: string, text: string) => `${field}: ${text}`,
  item: (field: string, n: number) => `${field} (item ${n})`,
  reasons: {
    required: () => 'this is required.',
    email: () => 'enter a valid email address.',
    url: () => 'enter a valid URL.',
    tooLong: (n: number) => `use at most ${n} characters.`,
    tooShort: (n: number) => `use at least ${n} characters.`,
    tooLarge: (n: number) => `use a number no greater than ${n}.`,
    tooSmall: (n: number) => `use a number no less than ${n}.`,
    option: () => 'choose one of the offered options.',
    type: () => 'this value has the wrong form.',
  },
  fields: {
    email: 'Email',
    emails: 'Email addresses',
    name: 'Name',
    password: 'Password',
    title: 'Title',
    description: 'Description',
    copyright: 'Copyright',
    privacy_policy: 'Privacy policy',
    question: 'Question',
    answer: 'Answer',
    query: 'Message',
    pre_prompt: 'Prompt',
    user_input_form: 'Variables',
    max_length: 'Max length',
    default_language: 'Default language',
    chat_color_theme: 'Theme colour',
  } as Record<string, string>,
};

export type ValidationDictionary = typeof validation;
export default validation;
