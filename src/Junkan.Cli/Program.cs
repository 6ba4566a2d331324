return Junkan.Cli.JunkanApp.Run(args);
