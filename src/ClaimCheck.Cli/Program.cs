using System.Text;
using ClaimCheck.Cli;

// Page text is full of non-ASCII characters (×, −, CJK): write UTF-8 whatever the console's code page.
Console.OutputEncoding = Encoding.UTF8;
return ClaimCheckCli.Run(args, CliConsole.FromSystemConsole());
