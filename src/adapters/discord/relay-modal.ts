// `/relay new` without a command (core's "open the form"): Discord's answer is a modal with one text box for the
// whole command, as Slack opens its form for `/relay` alone. Its submission comes back as a MODAL_SUBMIT
// interaction and is read like any `/relay new command:` text.
import { ComponentType, InteractionResponseType, TextInputStyle } from 'discord.js';
import { t, type Locale } from '../../core/i18n.js';

export const RELAY_MODAL_ID = 'relay:new-form';
const COMMAND_INPUT_ID = 'command';

/** Discord's limits for a modal: title and label 45 characters, description and placeholder 100, value 4000. */
const LIMITS = { title: 45, label: 45, description: 100, placeholder: 100, value: 4000 } as const;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The interaction response that opens the form, the source URL filled in when core knows one. */
export function relayModalResponse(locale: Locale, prefill: { sourceUrl?: string } = {}) {
  const value = prefill.sourceUrl ? clip(`${prefill.sourceUrl} `, LIMITS.value) : undefined;
  return {
    type: InteractionResponseType.Modal,
    data: {
      custom_id: RELAY_MODAL_ID,
      title: clip(t(locale, 'discord.form.title'), LIMITS.title),
      components: [
        {
          type: ComponentType.Label,
          label: clip(t(locale, 'discord.form.label'), LIMITS.label),
          description: clip(t(locale, 'discord.form.description'), LIMITS.description),
          component: {
            type: ComponentType.TextInput,
            custom_id: COMMAND_INPUT_ID,
            style: TextInputStyle.Paragraph,
            placeholder: clip(t(locale, 'discord.form.placeholder'), LIMITS.placeholder),
            required: true,
            max_length: LIMITS.value,
            ...(value ? { value } : {}),
          },
        },
      ],
    },
  };
}

interface SubmittedComponent {
  type?: number;
  custom_id?: string;
  value?: unknown;
  component?: SubmittedComponent;
  components?: SubmittedComponent[];
}

/** The command typed into the form, or null when the submission is not our form's. */
export function submittedCommand(data: { custom_id?: string; components?: SubmittedComponent[] } | undefined): string | null {
  if (data?.custom_id !== RELAY_MODAL_ID) return null;
  // Inputs arrive inside Label components, or inside action rows from clients of the older modal layout.
  const find = (components: SubmittedComponent[] | undefined): string | undefined => {
    for (const component of components ?? []) {
      if (component.custom_id === COMMAND_INPUT_ID && typeof component.value === 'string') return component.value;
      const nested = find(component.component ? [component.component] : component.components);
      if (nested !== undefined) return nested;
    }
    return undefined;
  };
  return (find(data.components) ?? '').trim();
}
