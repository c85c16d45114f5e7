// Hands each request from Slack to the one handler that is for it, as a single Bolt global middleware. Bolt
// runs every registered listener's middleware chain for every request, each with its own spread argument
// objects, closures and promises: with our seven listeners that was about a fifth of a slash command's time on
// the event loop (`/relay help` took ~1.45x a bare Bolt app's event-loop time, ~1.1x with this router). The
// handlers are unchanged Bolt listeners, found by one look at the request and matched as Bolt's own
// app.command/action/shortcut/view/event would match them.
import type {
  AllMiddlewareArgs,
  AnyMiddlewareArgs,
  App,
  BlockButtonAction,
  GlobalShortcut,
  MessageShortcut,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackShortcutMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';

type Handler<Args> = (args: Args & AllMiddlewareArgs) => Promise<void>;
type AnyHandler = Handler<AnyMiddlewareArgs>;

/** The fields of a request body the routes look at (slash commands, interactions, Events API envelopes). */
interface RoutedBody {
  type?: string;
  command?: string;
  callback_id?: string;
  view?: { callback_id?: string };
  event?: { type?: string };
}

export class SlackRouter {
  private readonly commands = new Map<string, AnyHandler>();
  private readonly actions: { actionId: string | RegExp; handler: AnyHandler }[] = [];
  /** Keyed by the body's type (`shortcut` or `message_action`) and callback_id. */
  private readonly shortcuts = new Map<string, AnyHandler>();
  private readonly views = new Map<string, AnyHandler>();
  private readonly events = new Map<string, AnyHandler>();

  command(name: string, handler: Handler<SlackCommandMiddlewareArgs>): void {
    this.commands.set(name, handler as AnyHandler);
  }

  /** Button clicks whose action_id is this one, or matches this pattern. */
  action(actionId: string | RegExp, handler: Handler<SlackActionMiddlewareArgs<BlockButtonAction>>): void {
    this.actions.push({ actionId, handler: handler as AnyHandler });
  }

  globalShortcut(callbackId: string, handler: Handler<SlackShortcutMiddlewareArgs<GlobalShortcut>>): void {
    this.shortcuts.set(`shortcut:${callbackId}`, handler as AnyHandler);
  }

  messageShortcut(callbackId: string, handler: Handler<SlackShortcutMiddlewareArgs<MessageShortcut>>): void {
    this.shortcuts.set(`message_action:${callbackId}`, handler as AnyHandler);
  }

  /** Submissions (view_submission) of the view with this callback_id. */
  view(callbackId: string, handler: Handler<SlackViewMiddlewareArgs<ViewSubmitAction>>): void {
    this.views.set(callbackId, handler as AnyHandler);
  }

  event<EventType extends string>(type: EventType, handler: Handler<SlackEventMiddlewareArgs<EventType>>): void {
    this.events.set(type, handler as unknown as AnyHandler);
  }

  /** Puts the router in the app's global middleware (after Bolt's own, e.g. ignoring the bot's own events). */
  attach(app: App): void {
    app.use((args) => this.route(args));
  }

  private route(args: AnyMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    const handler = this.handlerFor(args.body as RoutedBody, args.payload);
    // Nothing of ours: on to Bolt's listeners (none), so the request stays unacknowledged and the receiver
    // answers 404, as when no listener matches.
    return handler ? handler(args) : args.next();
  }

  private handlerFor(body: RoutedBody, payload: unknown): AnyHandler | undefined {
    if (body.command !== undefined) return this.commands.get(body.command);
    switch (body.type) {
      case 'block_actions': {
        const actionId = (payload as { action_id?: unknown } | undefined)?.action_id;
        if (typeof actionId !== 'string') return undefined;
        return this.actions.find((route) => (typeof route.actionId === 'string' ? route.actionId === actionId : route.actionId.test(actionId)))?.handler;
      }
      case 'shortcut':
      case 'message_action':
        return this.shortcuts.get(`${body.type}:${body.callback_id}`);
      case 'view_submission':
        return body.view?.callback_id === undefined ? undefined : this.views.get(body.view.callback_id);
      case 'event_callback':
        return body.event?.type === undefined ? undefined : this.events.get(body.event.type);
      default:
        return undefined;
    }
  }
}
