/** The formats `bundlelint init` writes templates in: a module of its own, so the CLI's options name them without loading the writers. */
export const TEMPLATE_FORMATS = ['md', 'html', 'docx'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];
