using System.Text;
using ClaimCheck.Cli;

// Page text is full of non-ASCII characters (×, −, CJK): write UTF-8 whatever the console's code page.
Console.OutputEncoding = Encoding.UTF8;
var console = CliConsole.FromSystemConsole();
using var interruption = Interruption.Install(console);
return ClaimCheckCli.Run(args, console);
