import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** accept: 250 after DATA; defer: 451 after DATA; hang: reads DATA and never answers. */
export type MailServerMode = 'accept' | 'defer' | 'hang';

export interface ReceivedMail {
  rcptTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface MailServerOptions {
  /** Require this login (AUTH over the plain connection, as a local relay allows). */
  auth?: { user: string; pass: string };
  /** TLS from the start (smtps://), with smtp-server's own certificate. */
  secure?: boolean;
  /** Listen on this port (to bring a server back where one was). */
  port?: number;
}

/**
 * A real SMTP server on 127.0.0.1 for the tests: it counts connections, keeps every message it
 * accepted with its envelope, and can be told to defer or to hang after DATA.
 */
export class MailServer {
  mode: MailServerMode = 'accept';
  connections = 0;
  readonly received: ReceivedMail[] = [];
  private readonly dataListeners: (() => void)[] = [];

  private readonly server: SMTPServer;

  private constructor(private readonly options: MailServerOptions) {
    this.server = new SMTPServer({
      logger: false,
      secure: options.secure === true,
      // Otherwise nodemailer upgrades to TLS with the server's test certificate and refuses it.
      disabledCommands: ['STARTTLS'],
      authOptional: options.auth === undefined,
      allowInsecureAuth: true,
      onConnect: (_session, callback) => {
        this.connections += 1;
        callback();
      },
      onAuth: (auth, _session, callback) => {
        if (auth.username === options.auth?.user && auth.password === options.auth?.pass) callback(null, { user: auth.username });
        else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onData: (stream, session, callback) => {
        // A client killed in the middle of DATA ends the stream with an error: nothing was received.
        this.receive(stream, session, callback).catch(() => undefined);
      },
    });
    // A client killed mid-session resets its socket: that is the point of some tests, not an error.
    this.server.on('error', () => undefined);
  }

  static async start(options: MailServerOptions = {}): Promise<MailServer> {
    const instance = new MailServer(options);
    await new Promise<void>((resolve) => instance.server.listen(options.port ?? 0, '127.0.0.1', resolve));
    return instance;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  /** The SMTP_URL a client uses; with a login when the server wants one. */
  url(credentials: { user: string; pass: string } | undefined = this.options.auth): string {
    const login = credentials ? `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.pass)}@` : '';
    // smtp-server's built-in certificate is for tests only, and expired: the client is told to accept it.
    return this.options.secure ? `smtps://${login}127.0.0.1:${this.port}/?tls.rejectUnauthorized=false` : `smtp://${login}127.0.0.1:${this.port}`;
  }

  /** Resolves when the next message's DATA has fully arrived, whatever the server then answers. */
  nextData(): Promise<void> {
    return new Promise((resolve) => this.dataListeners.push(resolve));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    for (const listener of this.dataListeners.splice(0)) listener();
    if (this.mode === 'hang') return;
    if (this.mode === 'defer') {
      callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      return;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    this.received.push({ rcptTo: session.envelope.rcptTo.map((address) => address.address), raw, parsed: await simpleParser(raw) });
    callback();
  }
}
